/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.tests.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import podium.importer.ImportResult;
import podium.importer.SpeechImporter;

/**
 * Imports the corpus texts and scores them against their reviewed figures: the table the acceptance test
 * prints and asserts. {@code main(CORPUS_DIR, REVIEWED_DIR)} prints it with the details of every file.
 */
public final class CorpusReport {

    /** The ten texts of {@code ../shared/corpus}. */
    public static final List<String> TEXTS = List.of("speech-02.txt", "speech-03.txt", "speech-04.txt",
            "speech-06.txt", "speech-07.txt", "speech-08.txt", "speech-14.txt", "speech-15.txt", "speech-18.txt",
            "speech-22.txt");

    /** One text: its import, its reviewed figures and the score. */
    public record Scored(String name, ImportResult result, ReviewedFigures reviewed, FigureScore score) {
    }

    private CorpusReport() {
    }

    /**
     * The corpus beside the repository: {@code ../shared/corpus} next to the first folder up from here that
     * holds a {@code pom.xml}; for a git worktree, next to its main checkout. The system property
     * {@code podium.corpus} overrides both. Null when there is none.
     */
    public static Path findCorpus() {
        String property = System.getProperty("podium.corpus");
        if (property != null) {
            return Files.isDirectory(Path.of(property)) ? Path.of(property) : null;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml"))) {
                Path beside = besideCheckout(dir);
                if (beside != null) {
                    return beside;
                }
            }
        }
        return null;
    }

    private static Path besideCheckout(Path dir) {
        Path candidate = dir.resolveSibling("shared").resolve("corpus");
        if (Files.isDirectory(candidate)) {
            return candidate;
        }
        Path main = mainCheckoutOfWorktree(dir);
        if (main != null && Files.isDirectory(main.resolveSibling("shared").resolve("corpus"))) {
            return main.resolveSibling("shared").resolve("corpus");
        }
        return null;
    }

    /** A worktree's {@code .git} is a file {@code gitdir: MAIN/.git/worktrees/NAME}; MAIN is its main checkout. */
    private static Path mainCheckoutOfWorktree(Path dir) {
        Path git = dir.resolve(".git");
        if (!Files.isRegularFile(git)) {
            return null;
        }
        try {
            String content = Files.readString(git).strip();
            if (!content.startsWith("gitdir:")) {
                return null;
            }
            Path gitdir = dir.resolve(content.substring("gitdir:".length()).strip()).normalize();
            Path worktrees = gitdir.getParent();
            if (worktrees == null || !worktrees.getFileName().toString().equals("worktrees")) {
                return null;
            }
            Path dotGit = worktrees.getParent();
            return dotGit == null ? null : dotGit.getParent();
        } catch (IOException e) {
            return null;
        }
    }

    public static Scored score(SpeechImporter importer, Path corpus, Path reviewedDir, String name)
            throws IOException {
        ImportResult result = importer.importFile(corpus.resolve(name));
        ReviewedFigures reviewed = ReviewedFigures.read(reviewedDir.resolve(name.replace(".txt", ".figures")));
        return new Scored(name, result, reviewed, new FigureScore(reviewed, result));
    }

    /** The table: per file and overall, recall, precision, right qualifiers, right roles and flagged blanks. */
    public static String table(List<Scored> scored) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "%-14s %7s %7s %8s %9s %8s %8s %8s%n", "file", "listed", "found", "recall", "precision",
                "qualif.", "role", "blanks"));
        int listed = 0;
        int matched = 0;
        int extra = 0;
        long qualifiers = 0;
        long roles = 0;
        int blanks = 0;
        int flagged = 0;
        for (Scored s : scored) {
            FigureScore f = s.score();
            b.append(row(s.name(), f.listed(), f.matches().size(), f.extra().size(), f.rightQualifiers(),
                    f.rightRoles(), f.blanks(), f.flagged()));
            listed += f.listed();
            matched += f.matches().size();
            extra += f.extra().size();
            qualifiers += f.rightQualifiers();
            roles += f.rightRoles();
            blanks += f.blanks();
            flagged += f.flagged();
        }
        return b.append(row("overall", listed, matched, extra, qualifiers, roles, blanks, flagged)).toString();
    }

    private static String row(String name, int listed, int matched, int extra, long qualifiers, long roles,
            int blanks, int flagged) {
        return String.format(Locale.ROOT, "%-14s %7d %7d %8s %9s %8s %8s %8s%n", name, listed, matched + extra,
                percent(matched, listed), percent(matched, matched + extra), percent(qualifiers, matched),
                percent(roles, matched), blanks == 0 ? "-" : flagged + "/" + blanks);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    public static void main(String[] args) throws IOException {
        SpeechImporter importer = new SpeechImporter();
        List<Scored> scored = new ArrayList<>();
        for (String name : TEXTS) {
            scored.add(score(importer, Path.of(args[0]), Path.of(args[1]), name));
        }
        System.out.print(table(scored));
        for (Scored s : scored) {
            System.out.println("== " + s.name() + " speeches " + s.result().speeches().size() + "/"
                    + s.reviewed().speeches() + s.score().details());
        }
    }
}
