/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.cli.internal.commands;

import picocli.CommandLine.IVersionProvider;
import podium.core.Podium;

/** Supplies {@code podium --version} from the built bundle version. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] { Podium.NAME + " " + Podium.version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")" };
    }
}
