/**
 * The Transmission backend, registered as {@code "transmission"}: Transmission 3.00 to 4.1, over
 * JSON-RPC 2.0 where the daemon offers it and the legacy RPC otherwise
 * ({@link dev.torrentctl.backend.transmission.TransmissionProtocol}).
 */
package dev.torrentctl.backend.transmission;
