/**
 * Creating .torrent files: {@link dev.torrentctl.hashes.create.TorrentCreator} makes v1, v2 (BEP 52
 * merkle roots and piece layers) and hybrid (with BEP 47 pad files) torrents from content held in
 * memory. Output is deterministic: the same input gives the same bytes.
 */
package dev.torrentctl.hashes.create;
