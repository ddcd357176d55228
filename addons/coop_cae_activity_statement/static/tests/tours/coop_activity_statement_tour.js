// The entrepreneur's activity statement, in French (issue 17): from her home
// to this year's figures, their XLSX export and the months' pivot. The test's
// data: one posted invoice of today, 845,30 € excluding VAT.
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
    ],
});
