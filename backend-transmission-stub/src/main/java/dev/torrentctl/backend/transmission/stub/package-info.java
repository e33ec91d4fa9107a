/**
 * The Transmission backend, registered as {@code "transmission"}. This first slice connects,
 * reads the daemon's version and lists torrents; everything else answers
 * {@link dev.torrentctl.api.UnsupportedCapabilityException}.
 */
package dev.torrentctl.backend.transmission.stub;
