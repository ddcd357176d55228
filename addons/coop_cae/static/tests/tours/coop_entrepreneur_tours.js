// The entrepreneur's day in the web client, as the ledger fence must leave
// it (issues 12 and 13): each tour fails on any error dialog or JavaScript error.
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("coop_entrepreneur_dashboard", {
    url: "/odoo/action-account.open_account_journal_dashboard_kanban",
    steps: () => [
        {
            content: "The invoicing dashboard shows her journals",
            trigger: ".o_kanban_view .o_kanban_record",
        },
    ],
});

registry.category("web_tour.tours").add("coop_entrepreneur_bills", {
    url: "/odoo/vendor-bills",
    steps: () => [
        {
            content: "Her bill from the shared supplier is listed",
            trigger: ".o_list_view .o_data_row:contains(Papeterie du Bassin)",
        },
        {
            content: "Only hers: another activity's bill of the same day is not",
            trigger: ".o_list_view:not(:has(.o_data_row + .o_data_row))",
        },
        {
            content: "Open it",
            trigger: ".o_data_row .o_data_cell:contains(Papeterie du Bassin)",
            run: "click",
        },
        {
            content: "The bill opens",
            trigger: ".o_form_view .o_field_widget[name=partner_id]",
        },
    ],
});

registry.category("web_tour.tours").add("coop_entrepreneur_expense", {
    url: "/odoo",
    steps: () => [
        {
            content: "Open the apps menu",
            trigger: ".o_navbar_apps_menu button:enabled",
            run: "click",
        },
        {
            content: "Open the Expenses app",
            trigger: '.o_app[data-menu-xmlid="hr_expense.menu_hr_expense_root"]',
            run: "click",
        },
        {
            content: "File a new expense",
            trigger: ".o_control_panel .o_list_button_add",
            run: "click",
        },
        {
            content: "Describe the expense",
            trigger: ".o_field_widget[name=name] input",
            run: "edit Train Lille - Paris",
        },
        {
            content: "Choose its category",
            trigger: ".o_field_widget[name=product_id] input",
            run: "edit Train",
        },
        {
            content: "Pick the train ticket",
            trigger: ".o_field_widget[name=product_id] .o-autocomplete--dropdown-menu li:contains(Train ticket)",
            run: "click",
        },
        {
            content: "Give its amount",
            trigger: ".o_field_widget[name=total_amount_currency] input",
            run: "edit 64",
        },
        {
            content: "Submit it to her support worker",
            trigger: "button[name=action_submit]",
            run: "click",
        },
        {
            content: "It waits for approval",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value=submitted]",
        },
    ],
});

registry.category("web_tour.tours").add("coop_entrepreneur_invoice", {
    steps: () => [
        {
            content: "Type her new customer's name",
            trigger: ".o_field_widget[name=partner_id] input",
            run: "edit Boulangerie Martin",
        },
        {
            content: "Create the customer and fill in its form",
            trigger: ".o_field_widget[name=partner_id] .o_m2o_dropdown_option_create_edit a",
            run: "click",
        },
        {
            content: "The customer's form opens with the name typed",
            trigger: ".modal .o_form_view .o_field_widget[name=name] input:value(Boulangerie Martin)",
        },
        {
            content: "Save the customer",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The invoice is for the new customer",
            trigger: "body:not(:has(.modal)) .o_field_widget[name=partner_id] input:value(Boulangerie Martin)",
        },
        {
            content: "Add a line",
            trigger: "div[name=invoice_line_ids] .o_field_x2many_list_row_add a:first",
            run: "click",
        },
        {
            content: "Choose what she sells",
            trigger: ".o_selected_row .o_field_widget[name=product_id] input",
            run: "edit Savon",
        },
        {
            content: "Her soap is offered",
            trigger: ".o-autocomplete--dropdown-item:contains(lait d'ânesse)",
        },
        {
            content: "Pick it",
            trigger: ".o_selected_row .o_field_widget[name=product_id] input",
            run: "press Enter",
        },
        {
            content: "Her soap is on the line, at its catalogue price",
            trigger: ".o_selected_row .o_field_widget[name=price_unit] input:value(/^1.?000/)",
        },
        {
            content: "Three of them",
            trigger: ".o_selected_row .o_field_widget[name=quantity] input",
            run: "edit 3",
        },
        {
            content: "At her price",
            trigger: ".o_selected_row .o_field_widget[name=price_unit] input",
            run: "edit 45",
        },
        {
            content: "The taxes column is there",
            trigger: ".o_selected_row .o_field_widget[name=tax_ids]",
        },
        {
            content: "Save the invoice",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_form_saved",
        },
        {
            content: "Submit it to the staff",
            trigger: "button[name=action_coop_submit]",
            run: "click",
        },
        {
            content: "It waits for the staff",
            trigger: ".o_form_view:not(:has(button[name=action_coop_submit])) .alert-info[role=status]",
        },
    ],
});

registry.category("web_tour.tours").add("coop_entrepreneur_payment", {
    steps: () => [
        {
            content: "Register the payment of her posted invoice",
            trigger: "button[name=action_register_payment]",
            run: "click",
        },
        {
            content: "The payment dialog opens",
            trigger: ".modal .o_form_view .o_field_widget[name=amount]",
        },
        {
            content: "Create the payment",
            trigger: ".modal button[name=action_create_payments]",
            run: "click",
        },
        {
            content: "The invoice shows it is paid",
            trigger: "body:not(:has(.modal)) .o_form_view:not(:has(button[name=action_register_payment])) .ribbon span",
        },
    ],
});
