/**
 * The compatibility kit. A backend's test extends {@link dev.torrentctl.tck.ApiCompatibilityKit},
 * names the backend and gives the config of a running client; the kit does the rest.
 */
package dev.torrentctl.tck;
