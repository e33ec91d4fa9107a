package dev.torrentctl.api;

/**
 * How a connected client authenticated this session.
 *
 * @since 0.1
 */
public enum AuthMethod {
    /** An API key sent with every request (qBittorrent 5.2+). */
    API_KEY,
    /** HTTP Basic credentials, exchanged for a session cookie where the client allows (qBittorrent 5.2+). */
    HTTP_BASIC,
    /** HTTP Basic credentials sent with every request (Transmission). */
    HTTP_BASIC_EVERY_REQUEST,
    /** A login form, then a session cookie. */
    FORM_LOGIN,
    /** None needed: the client lets this address in without logging in (localhost or a whitelisted subnet). */
    BYPASS
}
