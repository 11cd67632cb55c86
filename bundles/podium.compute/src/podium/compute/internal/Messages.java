/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.compute.internal;

import org.eclipse.osgi.util.NLS;

/** Why a computation has no result, in messages.properties (English) and messages_zh_CN.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "podium.compute.internal.messages"; //$NON-NLS-1$

    public static String Progress_noActual;
    public static String Progress_noTargetLevel;
    public static String Progress_actualUnitDiffers;
    public static String Progress_cannotConvert;
    public static String Progress_growthWithoutBase;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
