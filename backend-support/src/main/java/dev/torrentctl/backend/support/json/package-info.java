/** Not API; may change without notice. JSON answers read into values, malformed ones mapped to typed errors. */
package dev.torrentctl.backend.support.json;
