CREATE TABLE "tab_view" (
	"document_id" text NOT NULL,
	"tab_element_id" text NOT NULL,
	"target_document_id" text NOT NULL,
	"target_wvm" text,
	"target_wvm_id" text,
	"target_element_id" text NOT NULL,
	"target_kind" text,
	"target_configuration" text DEFAULT '' NOT NULL,
	"updated_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "tab_view_document_id_tab_element_id_pk" PRIMARY KEY("document_id","tab_element_id")
);
