package com.siyu.workbench.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs benchmarks by name: {@code ./mvnw -Pbench verify -Dbench.args=contacts-search} runs
 * {@code ContactsSearchBench.main}; {@code all} runs every {@code *Bench} class in this package. Each benchmark is a
 * plain main that prints its figures (one JSON line per figure) so BENCHMARKS.md can quote them; nothing here
 * asserts a time.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].strip().contains(" ")) {
            // -Dbench.args="contacts contacts=20000" reaches us as one argument through the exec plugin
            args = args[0].strip().split("\\s+");
        }
        String which = args.length == 0 ? "all" : args[0];
        String[] rest = args.length <= 1 ? new String[0] : java.util.Arrays.copyOfRange(args, 1, args.length);
        List<String> classes = "all".equals(which) ? allBenchClasses() : List.of(className(which));
        for (String name : classes) {
            Method main = Class.forName(name).getMethod("main", String[].class);
            System.out.println("# " + name.substring(name.lastIndexOf('.') + 1));
            main.invoke(null, (Object) rest);
        }
    }

    /** {@code contacts-search} → {@code com.siyu.workbench.bench.ContactsSearchBench}. */
    static String className(String name) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.toLowerCase(Locale.ROOT).split("[-_]")) {
            if (!part.isEmpty()) {
                camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return BenchMain.class.getPackageName() + "." + camel + "Bench";
    }

    private static List<String> allBenchClasses() throws IOException, URISyntaxException {
        Path dir = Path.of(BenchMain.class.getResource("BenchMain.class").toURI()).getParent();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith("Bench.class") && !f.contains("$"))
                    .sorted()
                    .forEach(f -> names.add(BenchMain.class.getPackageName() + "." + f.replace(".class", "")));
        }
        return names;
    }
}
