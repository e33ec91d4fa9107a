/** Not API; may change without notice. What every torrentctl backend shares, whatever its protocol. */
package dev.torrentctl.backend.support;
