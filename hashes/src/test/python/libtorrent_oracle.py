#!/usr/bin/python3
"""libtorrent 2.0 (Debian python3-libtorrent) as an oracle for torrentctl's hashes tests.

  create v1|v2|hybrid PATH OUT.torrent [PIECE_LENGTH]   make a .torrent of PATH (file or directory)
  inspect FILE.torrent                                   print what libtorrent reads from it, as JSON

Run by the Java tests with Debian's /usr/bin/python3 (the module is not on other interpreters).
"""
import json
import os
import sys

import libtorrent as lt


def create(version, path, out, piece_length=0):
    fs = lt.file_storage()
    lt.add_files(fs, path)
    flags = {"v1": lt.create_torrent.v1_only, "v2": lt.create_torrent.v2_only, "hybrid": 0}[version]
    ct = lt.create_torrent(fs, int(piece_length), flags)
    lt.set_piece_hashes(ct, os.path.dirname(os.path.abspath(path)))
    with open(out, "wb") as f:
        f.write(lt.bencode(ct.generate()))


def inspect(torrent):
    ti = lt.torrent_info(torrent)
    ih = ti.info_hashes()
    fs = ti.files()
    files = []
    for i in range(fs.num_files()):
        files.append({
            "path": fs.file_path(i).replace(os.sep, "/"),
            "length": fs.file_size(i),
            "pad": bool(fs.file_flags(i) & lt.file_storage.flag_pad_file),
        })
    print(json.dumps({
        "name": ti.name(),
        "v1": str(ih.v1) if ih.has_v1() else None,
        "v2": str(ih.v2) if ih.has_v2() else None,
        "piece_length": ti.piece_length(),
        "num_pieces": ti.num_pieces(),
        "total_size": ti.total_size(),
        "private": ti.priv(),
        "files": files,
    }))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "create":
        create(*sys.argv[2:])
    elif command == "inspect":
        inspect(sys.argv[2])
    else:
        sys.exit("unknown command " + command)
