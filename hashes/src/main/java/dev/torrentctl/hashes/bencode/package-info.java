/**
 * Bencode (BEP 3): a strict, bounded {@link dev.torrentctl.hashes.bencode.BencodeDecoder} that keeps
 * the exact byte span of every value it reads, the value types, and a canonical
 * {@link dev.torrentctl.hashes.bencode.Bencode#encode encoder}.
 *
 * <p>Byte strings stay bytes; only callers decide which of them are text.
 */
package dev.torrentctl.hashes.bencode;
