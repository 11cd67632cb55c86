/*******************************************************************************
 * Copyright (c) 2026 Podium contributors. SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package podium.ui.internal.toolwindows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.views.IViewDescriptor;
import org.osgi.service.event.EventHandler;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * One stripe: a button per tool window docked on its side (icon and short name, pressed while the
 * window is open). A click toggles the window; the context menu moves it to another side or hides it.
 * Follows the application model: moving, opening or closing a tool window anywhere updates the buttons,
 * and so does a plugin's tool window coming or going.
 */
public final class StripeControl {
    /** The persisted-state key of the tool control that names its side. */
    public static final String SIDE = "podium.stripe.side"; //$NON-NLS-1$

    private final Map<ToolItem, String> buttons = new HashMap<>();
    private Side side;
    private IWorkbenchWindow window;
    private IEventBroker events;
    private ToolBar bar;
    private LocalResourceManager images;
    private ToolWindowCatalog catalog;
    private boolean pending;
    private final EventHandler modelChanged = event -> later();
    /** Views come and go with plugins while Podium runs (podium.plugins.ui's PluginViews): the catalog is read again. */
    private final EventHandler viewsChanged = event -> {
        catalog = null;
        later();
    };

    @PostConstruct
    public void create(Composite parent, MToolControl control, IWorkbenchWindow workbenchWindow, IEventBroker broker) {
        side = Side.valueOf(control.getPersistedState().getOrDefault(SIDE, Side.LEFT.name()));
        window = workbenchWindow;
        events = broker;
        Composite holder = side != Side.BOTTOM ? new Composite(parent, SWT.NONE) : new Composite(parent, SWT.NONE) {
            // the bottom stripe is a row of its own above the status line, as in IntelliJ: asking for
            // the whole width makes the trim bar's layout wrap the status items to the next row
            @Override
            public Point computeSize(int wHint, int hHint, boolean changed) {
                Point size = super.computeSize(wHint, hHint, changed);
                size.x = Math.max(size.x, parent.getClientArea().width - 8);
                return size;
            }
        };
        holder.setLayout(new FillLayout());
        bar = new ToolBar(holder, SWT.FLAT | (side == Side.BOTTOM ? SWT.HORIZONTAL | SWT.RIGHT : SWT.VERTICAL));
        bar.setData("org.eclipse.e4.ui.css.id", "PodiumStripe"); //$NON-NLS-1$ //$NON-NLS-2$
        images = new LocalResourceManager(JFaceResources.getResources(), bar);
        bar.addListener(SWT.MenuDetect, e -> showMenu(bar.toControl(new Point(e.x, e.y))));
        events.subscribe(UIEvents.ElementContainer.TOPIC_CHILDREN, modelChanged);
        events.subscribe(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT, modelChanged);
        events.subscribe(UIEvents.UIElement.TOPIC_TOBERENDERED, modelChanged);
        events.subscribe(UIEvents.UILifeCycle.PERSPECTIVE_SWITCHED, modelChanged);
        events.subscribe(UIEvents.PartDescriptorContainer.TOPIC_DESCRIPTORS, viewsChanged);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        events.unsubscribe(modelChanged);
        events.unsubscribe(viewsChanged);
    }

    /** The side this stripe shows. */
    public Side side() {
        return side;
    }

    /** The view ids of the buttons, top to bottom (left to right), for the tests. */
    public List<String> shownIds() {
        List<String> ids = new ArrayList<>();
        for (ToolItem item : bar.getItems()) {
            ids.add(buttons.get(item));
        }
        return ids;
    }

    /** The buttons' widget, for the tests and the screenshots. */
    public ToolBar bar() {
        return bar;
    }

    /** Model events come in bursts (a perspective reset sends hundreds): one refresh per burst. */
    private void later() {
        if (!pending && bar != null && !bar.isDisposed()) {
            pending = true;
            bar.getDisplay().asyncExec(() -> {
                pending = false;
                refresh();
            });
        }
    }

    void refresh() {
        if (bar == null || bar.isDisposed()) {
            return;
        }
        ToolWindowsOfWindow tools = new ToolWindowsOfWindow(window);
        ToolWindowPlaces places = tools.places().orElse(null);
        if (catalog == null) {
            catalog = ToolWindowCatalog.of(PlatformUI.getWorkbench());
        }
        List<IViewDescriptor> here = new ArrayList<>();
        for (IViewDescriptor view : catalog.views()) {
            Side at = places == null ? null : places.side(view.getId()).orElse(Side.BOTTOM);
            if (at == side) {
                here.add(view);
            }
        }
        if (!here.stream().map(IViewDescriptor::getId).toList().equals(shownIds())) {
            rebuild(here);
        }
        for (Map.Entry<ToolItem, String> button : buttons.entrySet()) {
            button.getKey().setSelection(places != null && places.isOpen(button.getValue()));
        }
    }

    private void rebuild(List<IViewDescriptor> views) {
        for (ToolItem item : bar.getItems()) {
            item.dispose();
        }
        buttons.clear();
        IBindingService bindings = window.getService(IBindingService.class);
        for (IViewDescriptor view : views) {
            ToolItem item = new ToolItem(bar, SWT.CHECK);
            ImageDescriptor icon = view.getImageDescriptor();
            item.setImage(images.create(icon != null ? icon
                    : PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_DEF_VIEW)));
            item.setText(ShortNames.of(view));
            String key = catalog.toggleCommand(view.getId()).map(bindings::getBestActiveBindingFormattedFor).orElse(null);
            item.setToolTipText(key == null ? view.getLabel() : NLS.bind(Messages.Stripe_tooltip, view.getLabel(), key));
            item.addListener(SWT.Selection, e -> {
                new ToolWindowsOfWindow(window).toggle(catalog, view.getId());
                refresh();
            });
            buttons.put(item, view.getId());
        }
        bar.requestLayout();
    }

    private void showMenu(Point at) {
        ToolItem item = bar.getItem(at);
        String id = item == null ? null : buttons.get(item);
        if (id == null) {
            return;
        }
        Menu menu = new Menu(bar);
        for (Side other : Side.values()) {
            if (other != side) {
                MenuItem move = new MenuItem(menu, SWT.PUSH);
                move.setText(Messages.moveTo(other));
                move.addListener(SWT.Selection, e -> new ToolWindowsOfWindow(window).places().ifPresent(p -> p.move(id, other)));
            }
        }
        menu.setVisible(true);
    }
}
