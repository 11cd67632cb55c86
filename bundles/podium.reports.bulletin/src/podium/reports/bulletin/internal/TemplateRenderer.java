/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports.bulletin.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.Version;
import podium.reports.api.ReportException;
import podium.reports.bulletin.Bulletin;

/**
 * Renders the bulletin template with the month's figures and the formatting functions. Any error of the
 * template, in its syntax or while it runs, becomes a ReportException whose message names the template
 * file, line and column.
 */
public final class TemplateRenderer {

    static {
        // FreeMarker would find log4j through its DynamicImport-Package and, where nobody configured log4j,
        // print "log4j:WARN No appenders"; java.util.logging keeps its debug messages quiet. Set before
        // FreeMarker's first use, unless the user chose a library.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) { //$NON-NLS-1$
            System.setProperty("org.freemarker.loggerLibrary", "JUL"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The template's file name, in the workspace's templates folder or built in. */
    public static final String TEMPLATE = "bulletin.ftl"; //$NON-NLS-1$

    private static final Version VERSION = Configuration.VERSION_2_3_34;

    private final TemplateFiles files;

    /** A renderer that prefers the templates of the workspace {@code folder} (null: the built-in one). */
    public TemplateRenderer(Path folder) {
        this.files = new TemplateFiles(folder);
    }

    /** The template used, as the user knows it. */
    public String shownTemplate() {
        return files.shown(TEMPLATE);
    }

    /**
     * The template's text output for {@code bulletin}; {@code partial} names the indicators (their codes) whose
     * jurisdiction total is summed from its units while some of them have not reported: the template must not
     * present that sum as the jurisdiction's figure.
     */
    public String render(Bulletin bulletin, List<String> partial) throws ReportException {
        Map<String, Object> model = new HashMap<>(new TemplateFunctions().all());
        model.put("bulletin", bulletin); //$NON-NLS-1$
        model.put("partial", List.copyOf(partial)); //$NON-NLS-1$
        StringWriter out = new StringWriter();
        try {
            Template template = configuration().getTemplate(TEMPLATE);
            template.process(model, out);
        } catch (ParseException e) {
            throw error(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage(), e);
        } catch (TemplateException e) {
            throw error(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(),
                    e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new ReportException(NLS.bind(Messages.Template_unreadable, shownTemplate(), e.getMessage()), e);
        }
        return out.toString();
    }

    private Configuration configuration() {
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(files);
        cfg.setLocalizedLookup(false);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        cfg.setCustomNumberFormats(Map.of(WholeNumbers.NAME, new WholeNumbers()));
        cfg.setNumberFormat("@" + WholeNumbers.NAME); //$NON-NLS-1$
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // a template from the workspace may not create Java objects nor reach the API of the values
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        return cfg;
    }

    private ReportException error(String name, Integer line, Integer column, String detail, Exception cause) {
        return new ReportException(NLS.bind(Messages.Template_error, new Object[] {files.shown(name == null ? TEMPLATE : name),
                line == null ? 0 : line, column == null ? 0 : column, compact(detail)}), cause);
    }

    /**
     * FreeMarker's explanation on one line: without its tips (after "----"), the location it repeats
     * ({@code [in template "…" at line 3, column 5]}) and the template stack.
     */
    static String compact(String detail) {
        if (detail == null) {
            return ""; //$NON-NLS-1$
        }
        String text = detail;
        int tips = text.indexOf("\n----"); //$NON-NLS-1$
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        text = text.replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return text.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
