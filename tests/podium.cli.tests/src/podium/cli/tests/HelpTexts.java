/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import podium.cli.PodiumCli;
import podium.cli.internal.PodiumCommand;

/** What every help text must do, in either language. */
final class HelpTexts {

    /**
     * Every command and group of commands, as typed before --help: read from the command tree, so that a new
     * command cannot be left out of the help checks. Not picocli's own {@code help}, whose texts are its.
     */
    static final List<String> COMMANDS = commands(new CommandLine(new PodiumCommand()), "");

    private static final int WIDTH = 80;

    private HelpTexts() {
    }

    private static List<String> commands(CommandLine command, String path) {
        List<String> found = new ArrayList<>(List.of(path));
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof HelpCommand) && !found.contains(join(path, sub.getCommandName()))) {
                found.addAll(commands(sub, join(path, sub.getCommandName())));
            }
        }
        return List.copyOf(found);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + " " + name;
    }

    static CliRun help(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        return CliRun.of(args.toArray(String[]::new));
    }

    /**
     * No line is wider than the terminal's 80 columns (a Chinese character takes two), and a line of
     * running text that does not end a sentence ends only because the next word did not fit: text is
     * wrapped, never broken where its source happened to break.
     */
    static void assertWrapped(String help) {
        List<String> lines = help.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertThat(columns(line)).as("too wide:%n%s", line).isLessThanOrEqualTo(WIDTH);
            if (i + 1 < lines.size() && !line.isBlank() && !endsASentence(line) && !isSynopsis(line)) {
                String next = lines.get(i + 1);
                if (!next.isBlank() && indent(next) == indent(line) && indent(line) == 0) {
                    // picocli leaves the last column free: a line holds 79
                    assertThat(columns(line) + 1 + columns(firstWord(next))).as("broken early:%n%s%n%s", line, next)
                            .isGreaterThanOrEqualTo(WIDTH);
                }
            }
        }
    }

    /**
     * What the help texts (help.properties, in this runtime's language) write without a space is printed without
     * a break: every path or file name ({@code ~/.local/share/podium/plugins}, {@code OUT_DIR/NAME.xmi}) is on one
     * line, and every example line is printed as it is written.
     */
    static void assertNothingSplit() {
        ResourceBundle texts = ResourceBundle.getBundle("podium.cli.internal.help", Locale.getDefault(),
                PodiumCli.class.getClassLoader());
        String all = COMMANDS.stream().map(command -> help(command).out()).collect(Collectors.joining("\n"));
        List<String> printed = all.lines().map(String::stripTrailing).toList();
        int paths = 0;
        int examples = 0;
        for (String key : texts.keySet()) {
            for (String part : texts.getString(key).split("%n")) {
                if (part.startsWith(" ")) {
                    assertThat(printed).as("example of %s", key).contains(part);
                    examples++;
                }
                Matcher run = LATIN_RUN.matcher(part);
                while (run.find()) {
                    if (run.group().matches(".*\\w[/.]\\w.*")) {
                        assertThat(all).as("from %s", key).contains(run.group());
                        paths++;
                    }
                }
            }
        }
        assertThat(paths).as("paths and file names checked").isGreaterThan(10);
        assertThat(examples).as("example lines checked").isGreaterThanOrEqualTo(8);
    }

    /** Characters written without a space between them, other than Chinese. */
    private static final Pattern LATIN_RUN = Pattern.compile("[^\\s\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+");

    /**
     * Every option has a description (it comes from the help bundle, where a missing key would leave it blank);
     * the synopsis, up to the first blank line, lists options without one and may wrap before an option.
     */
    static void assertDescribed(String help) {
        List<String> lines = help.lines().toList();
        boolean synopsis = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            synopsis = isSynopsis(line) || synopsis && !line.isBlank();
            if (!synopsis && indent(line) > 0 && line.strip().startsWith("-")) {
                boolean describedHere = line.strip().matches("\\S+(, \\S+)*(=\\S+)?\\s{2,}\\S.*");
                boolean describedBelow = i + 1 < lines.size() && indent(lines.get(i + 1)) > indent(line);
                assertThat(describedHere || describedBelow).as("no description:%n%s", line).isTrue();
            }
        }
    }

    /** The synopsis ("Usage: podium validate [-hV] ...") stands on its own line before the description. */
    private static boolean isSynopsis(String line) {
        return line.startsWith("Usage: ") || line.startsWith("用法：");
    }

    private static boolean endsASentence(String line) {
        String end = line.strip();
        return end.endsWith(".") || end.endsWith("。") || end.endsWith(":") || end.endsWith("：") || end.endsWith(")")
                || end.endsWith("）");
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** A word is up to a space; in Chinese, where words are not spaced, a word of ICU's Chinese dictionary
     * with the marks that close it. */
    private static String firstWord(String line) {
        String s = line.strip();
        int first = s.codePointAt(0);
        if (wide(first)) {
            BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
            words.setText(s);
            int end = words.following(0);
            while (end < s.length() && "，。、；：？！）》」』】”’".indexOf(s.charAt(end)) >= 0) {
                end++; // a mark that closes a clause is not put at the start of a line
            }
            return s.substring(0, end);
        }
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }

    static int columns(String line) {
        return line.codePoints().map(c -> wide(c) ? 2 : 1).sum();
    }

    private static boolean wide(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF;
    }
}
