/** The {@code torrentctl} command line. */
module dev.torrentctl.cli {
    requires dev.torrentctl.hashes;
    requires info.picocli;
    requires com.google.gson;

    opens dev.torrentctl.cli to info.picocli;
}
