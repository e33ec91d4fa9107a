/** Not API; may change without notice. */
package dev.torrentctl.api.internal;
