CREATE TABLE "shipments" (
	"shipment_id" text PRIMARY KEY NOT NULL,
	"sitoo_id" text NOT NULL,
	"state" text NOT NULL,
	"version" integer,
	"created_at" timestamp with time zone,
	"modified_at" timestamp with time zone,
	"arrived_at" timestamp with time zone,
	"arrival_source" text,
	"carrier_deadline" timestamp with time zone,
	"supplier_deadline" timestamp with time zone,
	"destination_warehouse_id" integer,
	"record" jsonb NOT NULL,
	"photos_indexed_at" timestamp with time zone,
	"photo_count" integer,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sync_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"trigger" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"ok" boolean,
	"calls" integer DEFAULT 0 NOT NULL,
	"listed" integer DEFAULT 0 NOT NULL,
	"searched" integer DEFAULT 0 NOT NULL,
	"discrepancies" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"error_code" text,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "sync_state" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text,
	"at" timestamp with time zone
);
--> statement-breakpoint
CREATE UNIQUE INDEX "shipments_sitoo_id_idx" ON "shipments" USING btree ("sitoo_id");--> statement-breakpoint
CREATE INDEX "shipments_arrived_idx" ON "shipments" USING btree ("arrived_at");--> statement-breakpoint
CREATE INDEX "sync_runs_started_idx" ON "sync_runs" USING btree ("started_at");