/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import podium.core.Severity;
import podium.plugins.registry.Contributor;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionMessages;

/**
 * What makes a {@link Definition} acceptable: a well-formed code in the contributor's namespace, a
 * real severity, element kinds exactly when the class is an {@link Inspection}, a name and a message.
 * A contribution that fails is skipped and named, so a misspelt definition cannot slip through.
 */
public final class Definitions {

    /** A prefix, a dash, a letter and three digits: PDM-T001, ACME-X001. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}-[A-Z]\\d{3}"); //$NON-NLS-1$

    /** Codes with this prefix belong to Podium's own bundles. */
    public static final String PODIUM_PREFIX = "PDM-"; //$NON-NLS-1$

    private Definitions() {
    }

    /** Everything wrong with the definition {@code type} carries; empty when it is acceptable. */
    public static List<String> problems(Class<?> type, Contributor contributor) {
        Definition definition = type.getAnnotation(Definition.class);
        if (definition == null) {
            return List.of(NLS.bind(Messages.Definition_missing, type.getName()));
        }
        List<String> problems = new ArrayList<>();
        String code = definition.code();
        if (!CODE.matcher(code).matches()) {
            problems.add(NLS.bind(Messages.Definition_badCode, code));
        } else if (code.startsWith(PODIUM_PREFIX) && !contributor.id().startsWith("podium.")) { //$NON-NLS-1$
            problems.add(NLS.bind(Messages.Definition_reservedPrefix, code));
        }
        if (definition.severity() == Severity.IGNORE) {
            problems.add(NLS.bind(Messages.Definition_ignoredSeverity, code));
        }
        boolean inspection = Inspection.class.isAssignableFrom(type);
        if (definition.elements().length > 0 && !inspection) {
            problems.add(NLS.bind(Messages.Definition_notAnInspection, code, type.getName()));
        } else if (definition.elements().length == 0 && inspection) {
            problems.add(NLS.bind(Messages.Definition_noElements, code, type.getName()));
        }
        texts(type, definition, problems);
        return problems;
    }

    private static void texts(Class<?> type, Definition definition, List<String> problems) {
        InspectionMessages messages = InspectionMessages.of(type, definition.messages());
        String code = definition.code();
        if (messages.text(Locale.ROOT, code + ".name") == null) { //$NON-NLS-1$
            problems.add(NLS.bind(Messages.Definition_noName, code, definition.messages()));
        }
        if (definition.elements().length > 0 && messages.text(Locale.ROOT, code + ".message") == null) { //$NON-NLS-1$
            problems.add(NLS.bind(Messages.Definition_noMessage, code, definition.messages()));
        }
    }
}
