/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import podium.importer.ImportResult;
import podium.importer.SpeechImporter;

/**
 * Times importing every file of a folder in a warm JVM, against merely reading and decoding the same
 * files in the same run: the baseline is Files.readAllBytes plus decoding with the encoding the import
 * detected. Prints the median of the measured rounds after the warm-up rounds.
 */
public final class ImporterBenchmark {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        SpeechImporter importer = new SpeechImporter();
        long firstStart = System.nanoTime();
        List<ImportResult> first = importAll(importer, files);
        long firstImport = System.nanoTime() - firstStart;
        List<Charset> charsets = first.stream().map(r -> charsetOf(r.encoding())).toList();
        for (int i = 0; i < warmup; i++) {
            importAll(importer, files);
            readAll(files, charsets);
        }
        long[] imports = new long[rounds];
        long[] reads = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            readAll(files, charsets);
            reads[i] = System.nanoTime() - s;
            s = System.nanoTime();
            importAll(importer, files);
            imports[i] = System.nanoTime() - s;
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        double read = median(reads) / 1e6;
        double imported = median(imports) / 1e6;
        int speeches = first.stream().mapToInt(r -> r.speeches().size()).sum();
        int figures = first.stream().flatMap(r -> r.speeches().stream()).mapToInt(s -> s.figures().size()).sum();
        System.out.printf("files %d (%d bytes), speeches %d, figures %d%n", files.size(), bytes, speeches, figures);
        System.out.printf("first import (cold, includes loading ICU data): %.0f ms%n", firstImport / 1e6);
        System.out.printf("read+decode (warm, median of %d): %.2f ms%n", rounds, read);
        System.out.printf("import      (warm, median of %d): %.1f ms%n", rounds, imported);
        System.out.printf("ratio import / read+decode: %.0fx%n", imported / read);
        System.out.printf("within the 2 s budget: %s%n", imported <= 2000 ? "yes" : "NO");
        if (imported > 2000) {
            System.exit(1);
        }
    }

    private static List<ImportResult> importAll(SpeechImporter importer, List<Path> files) {
        List<ImportResult> results = new ArrayList<>();
        for (Path f : files) {
            results.add(importer.importFile(f));
        }
        return results;
    }

    private static int readAll(List<Path> files, List<Charset> charsets) throws Exception {
        int chars = 0;
        for (int i = 0; i < files.size(); i++) {
            chars += new String(Files.readAllBytes(files.get(i)), charsets.get(i)).length();
        }
        return chars;
    }

    private static Charset charsetOf(String encoding) {
        if (encoding == null || encoding.startsWith("UTF-8")) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        return Charset.forName(encoding);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
