/** The Transmission backend ({@code "transmission"}): 3.00 (legacy RPC) to 4.1 (JSON-RPC 2.0). */
module dev.torrentctl.backend.transmission {
    requires dev.torrentctl.api;
    requires dev.torrentctl.backend.support;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires com.google.gson;

    exports dev.torrentctl.backend.transmission;

    provides dev.torrentctl.api.spi.ApiProvider with dev.torrentctl.backend.transmission.TransmissionProvider;
}
