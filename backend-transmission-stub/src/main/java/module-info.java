/** The worked example of a backend ({@code "transmission-stub"}): connect, version, list. */
module dev.torrentctl.backend.transmission.stub {
    requires dev.torrentctl.api;
    requires dev.torrentctl.backend.support;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires com.google.gson;

    exports dev.torrentctl.backend.transmission.stub;

    provides dev.torrentctl.api.spi.ApiProvider with dev.torrentctl.backend.transmission.stub.TransmissionProvider;
}
