/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.importer.ui.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** A speech as copied from a website, and a small plan, written for these tests. */
final class Fixtures {

    /**
     * Traditional characters, pinyin after some of them, a number the site blanked (line 7), a title,
     * salutation, numbered parts, a guarantee/strive target pair and a closing.
     */
    static final String SPEECH = String.join("\n",
            "在全市利用外資工作會議上的講話",
            "同志們：",
            "今天我們召開全市利用外資工作會議，總結經(jīng)驗(yàn)，部署今年的工作。",
            "一、去年工作回顧",
            "去年全市實際利用外資3750萬美元，同比增長12.5%，在全省21個統計單位中排名第16位。",
            "二、今年的目標任務",
            "今年全市外貿出口確保省定萬美元。",
            "實際利用外資確保2800萬美元，力爭3200萬美元。",
            "謝謝大家。",
            "");

    /** The line of the blanked number in {@link #SPEECH}. */
    static final int BLANK_LINE = 7;

    static final String PLAN = String.join("\n",
            "plan 测试计划 \"2004年全市利用外资工作\" period 2004 as-of 2004-08-31 for 测试市",
            "",
            "org 测试市 \"测试市\" city {",
            "\torg 东区 \"东区\" district",
            "}",
            "",
            "indicator 实际利用外资 \"实际利用外资\" unit 万美元 cumulative sum higher-better",
            "");

    private Fixtures() {
    }

    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        return project;
    }

    static IFile write(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        return file;
    }
}
