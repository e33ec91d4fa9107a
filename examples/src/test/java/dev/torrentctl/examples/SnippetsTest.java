package dev.torrentctl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every Java sample of the README and of the published modules' Javadoc is, to the character
 * (indentation aside), a region of a source the build compiles: this module's examples, or the
 * third-party backend that tck-adoption-test builds. A sample edited in one place and not the
 * other fails here, naming it.
 */
class SnippetsTest {
    private static final Path ROOT = Path.of(System.getProperty("torrentctl.root", ".."));
    private static final Pattern REGION = Pattern.compile("// snippet\\n(.*?)\\n\\s*// end", Pattern.DOTALL);
    private static final Pattern README_BLOCK = Pattern.compile("^( *)```java\\n(.*?)\\n\\1```", Pattern.DOTALL
            | Pattern.MULTILINE);
    private static final Pattern JAVADOC_BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\n\\s*\\* \\}</pre>",
            Pattern.DOTALL);

    /** @return the text with common indentation removed and trailing blanks dropped */
    static String normalize(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip())
                .collect(Collectors.joining("\n")).strip();
    }

    private static List<String> compiledRegions() throws IOException {
        List<String> regions = new ArrayList<>();
        for (Path dir : List.of(ROOT.resolve("examples/src/main/java"), ROOT.resolve("tck-adoption-test/src/it"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    Matcher m = REGION.matcher(text);
                    while (m.find()) {
                        regions.add(normalize(m.group(1)));
                    }
                    regions.add(normalize(text)); // a whole file may be shown too
                }
            }
        }
        return regions;
    }

    /** A sample's import lines must be imports of the example file; the rest must be a region. */
    private static List<String> missing(List<String> samples, List<String> regions, String allSources) {
        List<String> missing = new ArrayList<>();
        for (String sample : samples) {
            List<String> imports = sample.lines().filter(l -> l.startsWith("import ")).toList();
            String code = normalize(sample.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n")));
            boolean found = regions.stream().anyMatch(r -> r.contains(code))
                    && imports.stream().allMatch(allSources::contains);
            if (!found) {
                missing.add(sample);
            }
        }
        return missing;
    }

    private static String allSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("examples/src/main/java"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }

    @Test
    @DisplayName("every Java block of the README is compiled code")
    void readmeSamplesAreCompiled() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> samples = new ArrayList<>();
        Matcher m = README_BLOCK.matcher(readme);
        while (m.find()) {
            samples.add(normalize(m.group(2)));
        }
        assertThat(samples).as("Java blocks in the README").hasSizeGreaterThanOrEqualTo(3);
        assertThat(missing(samples, compiledRegions(), allSources())).as("README samples that no compiled source holds")
                .isEmpty();
    }

    @Test
    @DisplayName("every code sample in the Javadoc of hashes, api and tck is compiled code")
    void javadocSamplesAreCompiled() throws IOException {
        List<String> samples = new ArrayList<>();
        for (String module : List.of("hashes", "api", "tck")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = JAVADOC_BLOCK.matcher(Files.readString(f));
                    while (m.find()) {
                        samples.add(normalize(m.group(1).lines().map(l -> l.replaceFirst("^\\s*\\* ?", ""))
                                .collect(Collectors.joining("\n"))));
                    }
                }
            }
        }
        assertThat(samples).as("Javadoc samples").hasSizeGreaterThanOrEqualTo(10);
        assertThat(missing(samples, compiledRegions(), allSources())).as("Javadoc samples that no compiled source holds")
                .isEmpty();
    }
}
