/** Not API; may change without notice. */
package dev.torrentctl.backend.transmission.stub.internal;
