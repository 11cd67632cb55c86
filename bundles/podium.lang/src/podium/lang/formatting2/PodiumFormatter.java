/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.lang.formatting2;

import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import podium.model.Import;
import podium.model.Organisation;
import podium.model.PlanElement;
import podium.model.PlanningFile;

public class PodiumFormatter extends AbstractJavaFormatter {

	protected void format(PlanningFile planningFile, IFormattableDocument doc) {
		// TODO: format HiddenRegions around keywords, attributes, cross references, etc. 
		for (Import _import : planningFile.getImports()) {
			doc.format(_import);
		}
		for (PlanElement planElement : planningFile.getElements()) {
			doc.format(planElement);
		}
	}

	protected void format(Organisation organisation, IFormattableDocument doc) {
		// TODO: format HiddenRegions around keywords, attributes, cross references, etc. 
		for (Organisation _organisation : organisation.getChildren()) {
			doc.format(_organisation);
		}
	}
	
	// TODO: implement for Target, Decomposition, Share, Project, Meeting
}
