/**
 * The qBittorrent backend, registered as {@code "qbittorrent"}. Use it through
 * {@link dev.torrentctl.api.TorrentClients#open(String, String)}; only the provider is public.
 */
package dev.torrentctl.backend.qbittorrent;
