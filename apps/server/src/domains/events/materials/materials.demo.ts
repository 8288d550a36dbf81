import type { FastifyInstance } from 'fastify';
import type { DemoEvent } from '../event/event.demo.ts';

/** Demo of the events' materials: continues the story of ../event/event.demo.ts for both conferences. */
export async function demoMaterials(_app: FastifyInstance, _events: DemoEvent[]) {}
