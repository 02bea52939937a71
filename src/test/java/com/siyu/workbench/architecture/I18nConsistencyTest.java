package com.siyu.workbench.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.siyu.workbench.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI text exists in Chinese and English, every key the code or FXML names exists, and no key is left unused.
 * Keys built at run time from a literal prefix ({@code "members.role." + role}) count as used when the prefix is
 * written in the code.
 */
class I18nConsistencyTest {
    private static final Path MAIN = Path.of("src/main");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+\\.?)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");
    /** Vocabularies whose dotted names are data, not UI text (the activity-log action names). */
    private static final Set<String> NOT_UI_TEXT = Set.of("Actions.java");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            Properties zh = load("/i18n/" + bundle + ".properties");
            Properties en = load("/i18n/" + bundle + "_en.properties");
            assertThat(en.stringPropertyNames()).as("English keys of bundle %s", bundle)
                    .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
            zh.stringPropertyNames().forEach(key -> assertThat(key).as("key in bundle " + bundle)
                    .startsWith(bundle + "."));
        }
    }

    @Test
    void everyKeyNamedInCodeOrFxmlExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> missing = new TreeSet<>();
        for (String used : fxmlKeys()) {
            if (!known.contains(used)) {
                missing.add(used);
            }
        }
        for (String literal : javaLiterals()) {
            boolean looksLikeKey = Messages.BUNDLES.stream().anyMatch(b -> literal.startsWith(b + "."));
            if (looksLikeKey && !literal.endsWith(".") && !known.contains(literal)
                    && known.stream().noneMatch(k -> k.startsWith(literal + "."))) {
                missing.add(literal);
            }
        }
        assertThat(missing).as("keys used but not in the bundles").isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> literals = new HashSet<>(javaLiterals());
        literals.addAll(fxmlKeys());
        List<String> prefixes = literals.stream().filter(l -> l.endsWith(".")).toList();
        Set<String> unused = new TreeSet<>();
        for (String key : allKeys()) {
            boolean used = literals.contains(key) || prefixes.stream().anyMatch(key::startsWith);
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that nothing uses").isEmpty();
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            keys.addAll(load("/i18n/" + bundle + ".properties").stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        Properties props = new Properties();
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream(resource)) {
            if (in != null) {
                props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return props;
    }

    private static Set<String> javaLiterals() throws IOException {
        return matches(MAIN.resolve("java"), ".java", JAVA_LITERAL, NOT_UI_TEXT);
    }

    private static Set<String> fxmlKeys() throws IOException {
        return matches(MAIN.resolve("resources/fxml"), ".fxml", FXML_KEY, Set.of());
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern, Set<String> skippedFiles)
            throws IOException {
        Set<String> found = new HashSet<>();
        if (!Files.exists(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> !skippedFiles.contains(p.getFileName().toString())).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }
}
