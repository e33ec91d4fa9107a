/** Not API; may change without notice. Shared by the torrentctl backends. */
package dev.torrentctl.backend.support.http;
