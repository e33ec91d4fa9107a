/**
 * Test support that proves no secret leaks: a registry of the secrets tests use and a JUnit
 * extension that captures every log record of torrentctl at the finest level and scans it.
 */
package dev.torrentctl.daemons.secrets;
