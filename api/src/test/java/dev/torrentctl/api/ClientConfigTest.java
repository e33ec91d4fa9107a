package dev.torrentctl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClientConfigTest {

    @Test
    @DisplayName("user-info becomes percent-decoded credentials and leaves the URL")
    void credentialsComeFromUserInfo() {
        ClientConfig c = ClientConfig.parse("https://admin:p%40ss@seedbox.example/qbt/");
        assertThat(c.credentials()).contains(new Credentials("admin", "p@ss"));
        assertThat(c.baseUri()).hasToString("https://seedbox.example/qbt");
    }

    @Test
    @DisplayName("without scheme and port the backend's port applies; with a scheme, the scheme's")
    void defaultPorts() {
        assertThat(ClientConfig.parse("localhost").baseUri(8080)).hasToString("http://localhost:8080");
        assertThat(ClientConfig.parse("http://localhost").baseUri(8080)).hasToString("http://localhost");
        assertThat(ClientConfig.parse("localhost:9000").baseUri(8080)).hasToString("http://localhost:9000");
    }

    @Test
    @DisplayName("toString shows neither the password nor secret headers")
    void toStringRedactsSecrets() {
        ClientConfig c = ClientConfig.builder("http://u:hunter2@h:1").header("Authorization", "Bearer qbt_secret").build();
        assertThat(c.toString()).doesNotContain("hunter2").doesNotContain("qbt_secret").contains("u");
    }

    @Test
    @DisplayName("a malformed URL is an InvalidInputException that does not echo the password")
    void badUrlDoesNotLeakPassword() {
        assertThatThrownBy(() -> ClientConfig.parse("ftp://u:hunter2@h:1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("scheme")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        assertThatThrownBy(() -> ClientConfig.parse("http://u:hunter2@h:1/x?y=1"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    @Test
    @DisplayName("an API key survives toBuilder and never shows in toString")
    void apiKeyIsRedacted() {
        ClientConfig c = ClientConfig.builder("http://h:1").apiKey(ApiKey.of("qbt_secretsecretsecretsecret1234")).build();
        assertThat(c.toString()).contains("apiKey=ApiKey[****]").doesNotContain("secret");
        assertThat(c.toBuilder().build().apiKey()).isEqualTo(c.apiKey());
        assertThat(c.apiKey().orElseThrow().reveal()).isEqualTo("qbt_secretsecretsecretsecret1234");
        assertThatThrownBy(() -> ApiKey.of("has space")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("parameter 'apiKey'").satisfies(e -> assertThat(e.getMessage()).doesNotContain("has space"));
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName("compression is asked for from remote hosts only, unless configured")
    void compressionDependsOnTheHost() {
        assertThat(ClientConfig.parse("http://localhost:8080").acceptsCompressedResponses()).isFalse();
        assertThat(ClientConfig.parse("http://127.0.0.1:8080").acceptsCompressedResponses()).isFalse();
        assertThat(ClientConfig.parse("http://[::1]:8080").acceptsCompressedResponses()).isFalse();
        assertThat(ClientConfig.parse("http://seedbox.example:8080").acceptsCompressedResponses()).isTrue();
        assertThat(ClientConfig.builder("http://localhost:8080").responseCompression(ResponseCompression.ALWAYS).build()
                .acceptsCompressedResponses()).isTrue();
        assertThat(ClientConfig.builder("http://seedbox.example").responseCompression(ResponseCompression.NEVER).build()
                .acceptsCompressedResponses()).isFalse();
    }
}
