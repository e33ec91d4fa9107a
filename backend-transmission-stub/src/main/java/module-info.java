/**
 * The worked example of a third party's backend ({@code "transmission-stub"}): list, find, start
 * and stop over Transmission's RPC, on the public API and SPI, HttpClient 5 and Gson only.
 */
module dev.torrentctl.backend.transmission.stub {
    requires dev.torrentctl.api;
    requires dev.torrentctl.hashes;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires com.google.gson;

    exports dev.torrentctl.backend.transmission.stub;

    provides dev.torrentctl.api.spi.ApiProvider with dev.torrentctl.backend.transmission.stub.TransmissionProvider;
}
