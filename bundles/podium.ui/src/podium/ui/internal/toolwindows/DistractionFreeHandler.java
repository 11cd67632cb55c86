/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** 窗口 ▸ 无干扰模式 (Ctrl+Shift+F12): enters or leaves distraction-free mode. */
public final class DistractionFreeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        DistractionFree.toggle(HandlerUtil.getActiveWorkbenchWindowChecked(event));
        return null;
    }
}
