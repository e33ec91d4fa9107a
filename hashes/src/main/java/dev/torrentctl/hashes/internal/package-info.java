/** Not API; may change without notice. */
package dev.torrentctl.hashes.internal;
