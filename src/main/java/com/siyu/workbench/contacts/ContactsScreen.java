package com.siyu.workbench.contacts;

import com.siyu.workbench.contacts.orders.AttributionView;
import com.siyu.workbench.contacts.orders.AttributionViewModel;
import com.siyu.workbench.contacts.orders.OrderImportView;
import com.siyu.workbench.contacts.orders.OrdersView;
import com.siyu.workbench.contacts.orders.OrdersViewModel;
import com.siyu.workbench.core.TaskExecutor;
import com.siyu.workbench.i18n.Messages;
import com.siyu.workbench.members.Actor;
import com.siyu.workbench.ui.ControllerFactory;
import com.siyu.workbench.ui.DialogService;
import com.siyu.workbench.ui.Screen;
import com.siyu.workbench.ui.Session;
import com.siyu.workbench.ui.ViewLoader;
import java.time.Clock;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;

/**
 * The 客户 screen: the contact list with the selected customer's profile beside it, the orders tab (import,
 * unmatched orders and suggestions) and, for leads, the 业绩归因 tab. Follows the member at the desk: a member
 * switch reloads everything.
 */
public final class ContactsScreen implements Screen {
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    /** The feature's stylesheet, added to its own roots so the shell's stylesheet stays untouched. */
    public static final String STYLESHEET = ContactsScreen.class.getResource("/css/contacts.css").toExternalForm();
    static final KeyCombination NOTE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination TAGS = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REMARK = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final ContactsViewModel list;
    private final ContactProfileViewModel profile;
    private final Session session;
    private final ContactsView listView;
    private final ContactProfileView profileView;
    private final AttributionViewModel attribution;
    private final TabPane root;
    private final Tab attributionTab;
    private final ChangeListener<Actor> actorListener = (obs, old, now) -> reload();
    private final ChangeListener<ContactRow> selectionListener = (obs, old, now) -> select(now);
    private Scene acceleratorScene;

    private ContactsScreen(ContactsViewModel list, ContactProfileViewModel profile, OrdersViewModel orders,
                           AttributionViewModel attribution, Session session, ViewLoader loader,
                           DialogService dialogs, Messages messages) {
        this.list = list;
        this.profile = profile;
        this.attribution = attribution;
        this.session = session;
        this.listView = loader.load(ContactsView.class).controller();
        this.profileView = loader.load(ContactProfileView.class).controller();
        OrdersView ordersView = loader.load(OrdersView.class).controller();
        listView.showProfile(profileView.root());
        listView.setSaveFilterPrompt(onName -> dialogs.promptText(messages.get("contacts.list.saveFilter"),
                messages.get("contacts.list.filterName"), "").filter(n -> !n.isBlank()).ifPresent(onName));
        profile.setOnEdited(list::refreshAfterEdit);
        Tab contactsTab = new Tab(messages.get("contacts.tab.contacts"), listView.root());
        contactsTab.setId("contactsTab");
        Tab ordersTab = new Tab(messages.get("contacts.tab.orders"), ordersView.root());
        ordersTab.setId("ordersTab");
        ordersTab.setOnSelectionChanged(e -> {
            if (ordersTab.isSelected()) {
                orders.refresh();
            }
        });
        attributionTab = new Tab(messages.get("contacts.tab.attribution"),
                loader.load(AttributionView.class).controller().root());
        attributionTab.setId("attributionTab");
        attributionTab.setOnSelectionChanged(e -> {
            if (attributionTab.isSelected()) {
                attribution.refresh();
            }
        });
        root = new TabPane(contactsTab, ordersTab);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setId("contactsScreen");
        root.getStylesheets().add(STYLESHEET);
    }

    /** Builds the screen with its view models and views; the one call the UI composition root makes. */
    public static ContactsScreen create(ContactsModule module, TaskExecutor executor, Session session,
                                        DialogService dialogs, Messages messages, Clock clock) {
        ContactsViewModel list = new ContactsViewModel(module.service(), executor,
                new FxDebouncer(Duration.millis(150)), session::actor, messages);
        ContactProfileViewModel profile = new ContactProfileViewModel(module.service(), module.edits(),
                module.orderMatching(), executor, session::actor, messages, clock);
        OrdersViewModel orders = new OrdersViewModel(module.orderImport(), module.orderMatching(), executor,
                session::actor, messages, clock);
        AttributionViewModel attribution = new AttributionViewModel(module.attribution(), executor, session::actor,
                messages, clock);
        ControllerFactory controllers = new ControllerFactory()
                .register(ContactsView.class, () -> new ContactsView(list, messages, clock))
                .register(ContactProfileView.class, () -> new ContactProfileView(profile, messages))
                .register(AttributionView.class, () -> new AttributionView(attribution))
                .register(OrdersView.class, () -> new OrdersView(orders, messages, dialogs,
                        importModel -> new ViewLoader(new ControllerFactory().register(OrderImportView.class,
                                () -> new OrderImportView(importModel, messages, clock.getZone())), () -> messages)
                                .load(OrderImportView.class).root()));
        return new ContactsScreen(list, profile, orders, attribution, session,
                new ViewLoader(controllers, () -> messages), dialogs, messages);
    }

    private void select(ContactRow row) {
        if (row != null) {
            profile.open(row.externalUserid());
        }
    }

    private void reload() {
        profile.clear();
        list.activate();
        // the team's sales figures are a lead's; the tab follows the member at the desk
        boolean lead = AttributionViewModel.canView(session.actor());
        if (lead && !root.getTabs().contains(attributionTab)) {
            root.getTabs().add(attributionTab);
        } else if (!lead) {
            root.getTabs().remove(attributionTab);
        }
        if (attributionTab.isSelected()) {
            attribution.refresh();
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void activate() {
        session.actorProperty().addListener(actorListener);
        list.selectedProperty().addListener(selectionListener);
        reload();
        acceleratorScene = root.getScene();
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().put(FIND, listView::focusSearch);
            acceleratorScene.getAccelerators().put(NOTE, profileView::focusNote);
            acceleratorScene.getAccelerators().put(TAGS, profileView::editTags);
            acceleratorScene.getAccelerators().put(REMARK, profileView::editRemark);
        }
    }

    @Override
    public void deactivate() {
        list.deactivate();
        session.actorProperty().removeListener(actorListener);
        list.selectedProperty().removeListener(selectionListener);
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().remove(FIND);
            acceleratorScene.getAccelerators().remove(NOTE);
            acceleratorScene.getAccelerators().remove(TAGS);
            acceleratorScene.getAccelerators().remove(REMARK);
            acceleratorScene = null;
        }
    }
}
