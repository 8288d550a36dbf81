export async function demoLaundryMeals(_app: import('fastify').FastifyInstance) {}
