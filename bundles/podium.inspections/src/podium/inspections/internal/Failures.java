/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributions;
import podium.core.Severity;
import podium.plugins.registry.Contributor;
import podium.inspections.Finding;
import podium.inspections.InspectionDescriptor;

/** An inspection that threw, as the user sees it: one internal problem naming the plugin. */
public final class Failures {

    private static final InspectionDescriptor FAILED = InspectionDescriptor.of(InspectionFailed.class,
            new Contributor("podium.inspections", "Podium Inspections Platform")); //$NON-NLS-1$ //$NON-NLS-2$

    private Failures() {
    }

    /** The message of the internal problem for {@code inspection} throwing {@code error}. */
    public static String message(InspectionDescriptor inspection, Throwable error) {
        return FAILED.message((String) null, inspection.code(), inspection.contributor().label(), Contributions.describe(error));
    }

    /** The internal problem on the element where {@code inspection} failed; its data is the inspection's code. */
    public static Finding finding(InspectionDescriptor inspection, EObject element, String message) {
        return new Finding(FAILED, Severity.ERROR, element, null, -1, message, List.of(inspection.code()));
    }

    /** The stack trace goes to the log (the workbench's error log), with the message. */
    public static void log(String message, Throwable cause) {
        Messages.log(NLS.bind("{0}", message), cause); //$NON-NLS-1$
    }
}
