// The entrepreneur's activity statement, in French (issue 17): from her home
// to this year's figures, their XLSX export, their PDF and the months' pivot,
// chart and journal items. The test's data: one posted invoice of today,
// 845,30 € excluding VAT. (Under tests Odoo renders the PDF report as HTML:
// the tour checks the download, test_activity_statement the printed text.)
import { download } from "@web/core/network/download";
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("coop_activity_statement_entrepreneur", {
    url: "/odoo",
    steps: () => [
        {
            content: "She lands on her activity's home",
            trigger: ".o_form_view .oe_title:contains(Céramiques)",
        },
        {
            content: "Her result of the year is among the stat buttons beyond the first four",
            trigger: ".o-form-buttonbox .o_button_more",
            run: "click",
        },
        {
            content: "Her result of the year: her invoice's revenue",
            trigger: ".o_dropdown_more .oe_stat_button[name=action_open_statement]:contains(Résultat de l'année):contains(845,30)",
            run: "click",
        },
        {
            content: "Her statement opens on this year, in French",
            trigger: ".modal .o_form_view .o_horizontal_separator:contains(Résultat de la période)",
        },
        {
            content: "Her revenue excluding VAT is her invoice's",
            trigger: ".modal .o_form_view .o_wrap_label:contains(Chiffre d'affaires HT) + .o_wrap_input .o_field_widget[name=revenue]:contains(845,30)",
        },
        {
            content: "Her result too",
            trigger: ".modal .o_form_view .o_field_widget[name=result]:contains(845,30)",
        },
        {
            content: "Watch the download the export asks for, as the browser would get it",
            trigger: ".modal .o_form_view",
            run() {
                const original = download._download;
                download._download = async (options) => {
                    const filename = await original(options);
                    document.body.dataset.coopDownloaded = filename;
                    return filename;
                };
            },
        },
        {
            content: "Export it in XLSX",
            trigger: ".modal footer button[name=action_export_xlsx]:contains(Exporter en XLSX)",
            run: "click",
        },
        {
            content: "The spreadsheet is downloaded, named after her activity and the year",
            trigger: "body[data-coop-downloaded^='compte_activite_Céramiques_'][data-coop-downloaded$='.xlsx']",
        },
        {
            content: "Print it in PDF",
            trigger: ".modal footer button[name=action_print_pdf]:contains(Imprimer en PDF)",
            run: "click",
        },
        {
            content: "The PDF is downloaded, named after her activity and the year",
            trigger: "body[data-coop-downloaded^='compte_activite_Céramiques_'][data-coop-downloaded$='.pdf']",
            timeout: 30000,
        },
        {
            content: "Open her months",
            trigger: ".modal footer button[name=action_open_months]:contains(Par mois)",
            run: "click",
        },
        {
            content: "The pivot is titled after her activity's months",
            trigger: ".o_breadcrumb .active:contains(Céramiques : par mois)",
        },
        {
            content: "The pivot shows her revenue in this month's column",
            trigger: ".o_pivot tr:has(.o_pivot_header_cell_closed:contains(Chiffre d'affaires HT)) .o_pivot_cell_value:contains(845,30)",
        },
        {
            content: "See her months in a chart",
            trigger: "button.o_switch_view.o_graph",
            run: "click",
        },
        {
            content: "The chart is drawn",
            trigger: ".o_graph_renderer canvas",
        },
        {
            content: "See the journal items behind it",
            trigger: "button.o_switch_view.o_list",
            run: "click",
        },
        {
            content: "Her invoice's revenue line, its category in French",
            trigger: ".o_list_view .o_data_row:has(.o_data_cell[name=category]:contains(Chiffre d'affaires HT)) .o_data_cell[name=amount]:contains(845,30)",
        },
        {
            content: "Only her activity's items",
            trigger: ".o_list_view:not(:has(.o_data_row + .o_data_row))",
        },
    ],
});
