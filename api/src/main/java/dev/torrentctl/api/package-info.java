/**
 * The client API: open a backend by name with {@link dev.torrentctl.api.TorrentClients}, then drive
 * the torrent client through {@link dev.torrentctl.api.Api}.
 *
 * <p>Parameters and results are never {@code null}; absent values are {@link java.util.Optional}
 * or empty collections. Value types are immutable and thread-safe; builders are not. Every error is
 * an unchecked {@link dev.torrentctl.api.TorrentClientException}.
 */
package dev.torrentctl.api;
