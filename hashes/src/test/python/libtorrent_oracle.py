#!/usr/bin/python3
"""libtorrent 2.0 (Debian python3-libtorrent) as an oracle for torrentctl's hashes tests.

  create v1|v2|hybrid PATH OUT.torrent [PIECE_LENGTH] [symlinks]
                                      make a .torrent of PATH (file or directory); with "symlinks",
                                      symbolic links are stored as BEP 47 symlinks
  inspect FILE.torrent                print what libtorrent reads from it, as JSON
  load FILE.torrent...                for each file one JSON line: {"file", "ok": true, ...what
                                      inspect prints, web seeds, trackers} or {"file", "ok": false,
                                      "error"}: whether libtorrent accepts it, and what it reads

Run by the Java tests with Debian's /usr/bin/python3 (the module is not on other interpreters).
"""
import json
import os
import sys

import libtorrent as lt


def create(version, path, out, piece_length=0, symlinks=None):
    fs = lt.file_storage()
    extra = lt.create_torrent.symlinks if symlinks == "symlinks" else 0
    lt.add_files(fs, path, flags=extra)
    flags = {"v1": lt.create_torrent.v1_only, "v2": lt.create_torrent.v2_only, "hybrid": 0}[version]
    ct = lt.create_torrent(fs, int(piece_length), flags | extra)
    lt.set_piece_hashes(ct, os.path.dirname(os.path.abspath(path)))
    with open(out, "wb") as f:
        f.write(lt.bencode(ct.generate()))


def inspect(torrent):
    print(json.dumps(view(lt.torrent_info(torrent))))


def load(paths):
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        try:
            v = view(lt.torrent_info(data))
            v.update({"file": path, "ok": True})
        except Exception as e:  # libtorrent refuses it: say why
            v = {"file": path, "ok": False, "error": str(e)}
        print(json.dumps(v))


def view(ti):
    ih = ti.info_hashes()
    fs = ti.files()
    files = []
    for i in range(fs.num_files()):
        files.append({
            "path": fs.file_path(i).replace(os.sep, "/"),
            "length": fs.file_size(i),
            "pad": bool(fs.file_flags(i) & lt.file_storage.flag_pad_file),
            "symlink": bool(fs.file_flags(i) & lt.file_storage.flag_symlink),
        })
    return {
        "name": ti.name(),
        "v1": str(ih.v1) if ih.has_v1() else None,
        "v2": str(ih.v2) if ih.has_v2() else None,
        "piece_length": ti.piece_length(),
        "num_pieces": ti.num_pieces(),
        "total_size": ti.total_size(),
        "private": ti.priv(),
        "files": files,
        "url_seeds": [w["url"] for w in ti.web_seeds() if w["type"] == 0],
        "http_seeds": [w["url"] for w in ti.web_seeds() if w["type"] == 1],
        "trackers": [t.url for t in ti.trackers()],
    }


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "create":
        create(*sys.argv[2:])
    elif command == "inspect":
        inspect(sys.argv[2])
    elif command == "load":
        load(sys.argv[2:])
    else:
        sys.exit("unknown command " + command)
