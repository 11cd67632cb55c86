/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.testing;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;


/**
 * A bundle's two message files (English and zh_CN, next to its NLS class) as its class loader finds
 * them, and the rules the pair must keep.
 */
public final class MessageFiles {
    public static final String ENGLISH = "messages.properties";
    public static final String CHINESE = "messages_zh_CN.properties";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private MessageFiles() {
    }

    /** A message file next to the NLS class, read as strict UTF-8 (a file saved as GBK fails here). */
    public static Properties load(Class<?> nls, String name) throws IOException {
        try (InputStream in = nls.getResourceAsStream(name)) {
            if (in == null) {
                throw new FileNotFoundException(name + " next to " + nls.getName());
            }
            Properties messages = new Properties();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            return messages;
        }
    }

    /** The fields NLS fills: the public static String fields of the class. */
    public static List<Field> fields(Class<?> nls) {
        return Stream.of(nls.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers())
                && Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).toList();
    }

    public static Set<String> keys(Class<?> nls) {
        return new TreeSet<>(fields(nls).stream().map(Field::getName).toList());
    }

    /** Everything wrong with the pair of files next to an NLS class; empty when nothing is. */
    public static List<String> problems(Class<?> nls) throws IOException {
        return problems(load(nls, ENGLISH), load(nls, CHINESE), keys(nls));
    }

    /** A message of the NLS class as a Chinese runtime shows it (NLS's fields are fixed per JVM, in English for tests). */
    public static String chinese(Class<?> nls, String key, Object... arguments) throws IOException {
        String message = load(nls, CHINESE).getProperty(key);
        if (message == null) {
            throw new IllegalArgumentException(key + " is not in " + CHINESE + " next to " + nls.getName());
        }
        return arguments.length == 0 ? message : NLS.bind(message, arguments);
    }

    /** Everything wrong with an English and a Chinese file for the given NLS keys; empty when nothing is. */
    public static List<String> problems(Properties english, Properties chinese, Set<String> keys) {
        List<String> problems = new ArrayList<>();
        coverage(problems, ENGLISH, english, CHINESE, chinese, keys);
        coverage(problems, CHINESE, chinese, ENGLISH, english, keys);
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String chineseValue = chinese.getProperty(key);
            if (chineseValue != null) {
                translation(problems, key, english.getProperty(key), chineseValue);
            }
        }
        quotes(problems, ENGLISH, english);
        quotes(problems, CHINESE, chinese);
        return problems;
    }

    private static void coverage(List<String> problems, String name, Properties file, String otherName,
            Properties other, Set<String> keys) {
        for (String key : new TreeSet<>(file.stringPropertyNames())) {
            if (other.getProperty(key) == null) {
                problems.add(key + " is in " + name + " but not in " + otherName);
            }
            if (!keys.contains(key)) {
                problems.add(key + " in " + name + " is no field of the NLS class");
            }
        }
        for (String key : keys) {
            if (file.getProperty(key) == null) {
                problems.add(key + " of the NLS class is missing from " + name);
            }
        }
    }

    private static void translation(List<String> problems, String key, String english, String chinese) {
        if (!placeholders(english).equals(placeholders(chinese))) {
            problems.add(key + " has placeholders " + placeholders(english) + " in English but "
                    + placeholders(chinese) + " in Chinese");
        }
        if (english.equals(chinese) && LATIN.matcher(chinese).find()) {
            problems.add(key + " is not translated: " + chinese);
        }
    }

    /**
     * NLS.bind reads a single quote as the start of a quoted run, so a message with arguments writes a
     * literal one as two; a message without arguments is shown as written, where two would show twice.
     */
    private static void quotes(List<String> problems, String name, Properties file) {
        for (String key : new TreeSet<>(file.stringPropertyNames())) {
            String value = file.getProperty(key);
            boolean bound = !placeholders(value).isEmpty();
            if (bound && value.replace("''", "").contains("'")) {
                problems.add(key + " in " + name + " has arguments, so a single quote must be written ''");
            } else if (!bound && value.contains("''")) {
                problems.add(key + " in " + name + " has no arguments and is shown as written, so '' shows twice");
            }
        }
    }

    public static Set<Integer> placeholders(String message) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            numbers.add(Integer.valueOf(matcher.group(1)));
        }
        return numbers;
    }
}
