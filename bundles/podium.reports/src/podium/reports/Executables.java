/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.reports;

import org.eclipse.osgi.util.NLS;

import podium.plugins.registry.Contributions;
import podium.plugins.registry.Contributor;
import podium.reports.internal.Messages;

/** Creates a contribution's class; a failure becomes a ContributionException naming the plugin. */
final class Executables {

    private Executables() {
    }

    static <T> T create(ReportDescriptor.Factory factory, String attribute, Class<T> type, String label,
            Contributor contributor) throws ContributionException {
        Object created;
        try {
            created = factory.create(attribute);
        } catch (Exception | LinkageError e) {
            throw new ContributionException(NLS.bind(Messages.Contribution_cannotCreate,
                    new Object[] {attribute, label, contributor.label(), Contributions.describe(e)}), e);
        }
        if (!type.isInstance(created)) {
            throw new ContributionException(NLS.bind(Messages.Contribution_wrongType,
                    new Object[] {attribute, label, contributor.label(), type.getName()}), null);
        }
        return type.cast(created);
    }
}
