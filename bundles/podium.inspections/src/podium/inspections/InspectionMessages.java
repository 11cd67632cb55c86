/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of a contributor's inspections, in English ({@code NAME.properties}) and Chinese
 * ({@code NAME_zh_CN.properties}), UTF-8, keyed by code: {@code CODE.name}, {@code CODE.description},
 * {@code CODE.message} and further messages {@code CODE.message.VARIANT}. Messages take NLS arguments
 * ({@code {0}}; a literal apostrophe is written twice in a message with arguments). A text missing in
 * Chinese is taken from the English file.
 *
 * @since 1.0
 */
public final class InspectionMessages {

    private final Class<?> anchor;
    private final String path;
    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    private InspectionMessages(Class<?> anchor, String path) {
        this.anchor = anchor;
        this.path = path;
    }

    /**
     * The messages named by {@code baseName}, relative to {@code anchor}'s package or absolute when it
     * starts with {@code /}, read with {@code anchor}'s class loader.
     */
    public static InspectionMessages of(Class<?> anchor, String baseName) {
        String path = baseName.startsWith("/") ? baseName.substring(1) //$NON-NLS-1$
                : anchor.getPackageName().replace('.', '/') + '/' + baseName;
        return new InspectionMessages(anchor, path);
    }

    /** The text under {@code key} in the user's language, or null when neither file has it. */
    public String text(String key) {
        return text(Locale.getDefault(), key);
    }

    /** The text under {@code key} in {@code locale}'s language (Chinese or English), or null. */
    public String text(Locale locale, String key) {
        String chinese = isChinese(locale) ? file("_zh_CN").getProperty(key) : null; //$NON-NLS-1$
        return chinese != null ? chinese : file("").getProperty(key); //$NON-NLS-1$
    }

    /** The text under {@code key} with {@code arguments} bound, or null when there is no such text. */
    public String format(Locale locale, String key, Object... arguments) {
        String pattern = text(locale, key);
        if (pattern == null) {
            return null;
        }
        return arguments.length == 0 ? pattern : NLS.bind(pattern, arguments);
    }

    /** Whether there is an English and a Chinese file (both are expected). */
    public List<String> missingFiles() {
        return List.of("", "_zh_CN").stream().filter(suffix -> file(suffix).isEmpty()) //$NON-NLS-1$ //$NON-NLS-2$
                .map(suffix -> path + suffix + ".properties").toList(); //$NON-NLS-1$
    }

    /** Every key of the English ({@code chinese} false) or Chinese file. */
    public Properties file(boolean chinese) {
        Properties copy = new Properties();
        copy.putAll(file(chinese ? "_zh_CN" : "")); //$NON-NLS-1$ //$NON-NLS-2$
        return copy;
    }

    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage()); //$NON-NLS-1$
    }

    private Properties file(String suffix) {
        return files.computeIfAbsent(suffix, s -> read(path + s + ".properties")); //$NON-NLS-1$
    }

    private Properties read(String resource) {
        Properties properties = new Properties();
        ClassLoader loader = anchor.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException | IllegalArgumentException e) {
            // a file that cannot be read has no texts; the registry then names the inspection's missing name
        }
        return properties;
    }
}
