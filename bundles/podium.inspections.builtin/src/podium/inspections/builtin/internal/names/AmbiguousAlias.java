/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.inspections.builtin.internal.names;

import static podium.model.ModelPackage.Literals.ORGANISATION;
import static podium.model.ModelPackage.Literals.ORGANISATION__ALIASES;

import org.eclipse.emf.ecore.EObject;

import podium.core.Severity;
import podium.inspections.Category;
import podium.inspections.Definition;
import podium.inspections.Inspection;
import podium.inspections.InspectionContext;
import podium.inspections.builtin.IssueCodes;
import podium.inspections.builtin.Texts;
import podium.inspections.builtin.internal.Facts;
import podium.model.Organisation;
import podium.model.PlanningFile;

/** PDM-N002: an organisation's alias is also the name of an organisation, so a reference would be ambiguous. */
@Definition(code = IssueCodes.AMBIGUOUS_ALIAS, severity = Severity.WARNING, category = Category.NAMES,
        elements = Organisation.class, messages = Texts.FILE)
public final class AmbiguousAlias implements Inspection<Organisation> {

    @Override
    public void check(Organisation org, InspectionContext context) {
        String namespace = namespaceOf(org);
        for (String alias : org.getAliases()) {
            String name = namespace == null ? alias : namespace + '.' + alias;
            if (!Facts.of(context).named(ORGANISATION, name).isEmpty()) {
                context.report(org, ORGANISATION__ALIASES, alias);
            }
        }
    }

    private static String namespaceOf(EObject element) {
        for (EObject o = element; o != null; o = o.eContainer()) {
            if (o instanceof PlanningFile file) {
                return file.getName();
            }
        }
        return null;
    }
}
