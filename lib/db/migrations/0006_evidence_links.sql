CREATE TABLE "link_views" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "link_views_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"link_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"what" text NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" char(64) NOT NULL,
	"shipment_id" text NOT NULL,
	"party" text NOT NULL,
	"recipient" text NOT NULL,
	"scope" jsonb NOT NULL,
	"language" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"views" integer DEFAULT 0 NOT NULL,
	"last_viewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "link_views_link_idx" ON "link_views" USING btree ("link_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "links_token_idx" ON "links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "links_shipment_idx" ON "links" USING btree ("shipment_id","created_at");--> statement-breakpoint
CREATE INDEX "links_created_idx" ON "links" USING btree ("created_at","id");