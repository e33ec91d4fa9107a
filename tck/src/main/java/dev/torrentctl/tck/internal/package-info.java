/** Not API; may change without notice. The kit's contracts, fixtures and polling. */
package dev.torrentctl.tck.internal;
