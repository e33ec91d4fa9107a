/**
 * Throwaway daemons for tests and the demo: {@link dev.torrentctl.daemons.QBittorrentContainer} and
 * {@link dev.torrentctl.daemons.TransmissionContainer}, each started with a generated profile and
 * known credentials. Image names default to the ones {@code scripts/build-daemon-images.sh} builds
 * and can be overridden with a system property or environment variable (see
 * {@link dev.torrentctl.daemons.DaemonImage}).
 */
package dev.torrentctl.daemons;
